// The preview page itself, imported by main.js once synthetic shadow is in place and a `?accounts=`
// portfolio has been loaded.
import { createElement } from 'lwc';
import App from 'preview/app';
import { store } from '../platform/store.js';
import { settled } from '../platform/settle.js';
import { parse } from '../platform/gqlParse.js';
import { execute } from '../platform/gqlExecute.js';
import { graphqlRequests } from '../platform/requestLog.js';

/** For the browser tests: what the components wrote, when the page is idle, the GraphQL engine alone. */
window.__preview = {
  records: (objectApiName) => JSON.parse(JSON.stringify(store.all(objectApiName))),
  userId: store.userId,
  idle: () => settled(document.body),
  graphqlRequests,
  graphql: (query, variables) => {
    const { data, errors } = execute(parse(query), variables);
    return JSON.parse(JSON.stringify({ data, errors }));
  },
};

document.querySelector('#root').appendChild(createElement('preview-app', { is: App }));
