import ErrorPanel from 'c/errorPanel';
import flushPromises from 'cvp-test/flushPromises';
import { $$, mount, resetDom } from 'cvp-test/dom';

describe('c-error-panel', () => {
    afterEach(resetDom);

    it('shows what failed and each message of the errors', async () => {
        const element = mount('c-error-panel', ErrorPanel, {
            friendlyMessage: 'The assessment could not be saved.',
            errors: [{ body: [{ message: 'First' }] }, new Error('Second')]
        });
        await flushPromises();
        expect(element.shadowRoot.querySelector('p').textContent).toBe('The assessment could not be saved.');
        expect($$(element, 'li.error-message').map((li) => li.textContent)).toEqual(['First', 'Second']);
        expect(element.shadowRoot.querySelector('[role="alert"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('falls back to a generic sentence, and shows no empty list', async () => {
        const element = mount('c-error-panel', ErrorPanel, { errors: { body: {} } });
        await flushPromises();
        expect(element.shadowRoot.querySelector('p').textContent).toBe('c.CVP_Error_Title');
        expect(element.shadowRoot.querySelector('ul')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('follows new errors', async () => {
        const element = mount('c-error-panel', ErrorPanel, { errors: 'One' });
        await flushPromises();
        element.errors = ['One', 'Two'];
        await flushPromises();
        expect($$(element, 'li.error-message').map((li) => li.textContent)).toEqual(['One', 'Two']);
    });
});
