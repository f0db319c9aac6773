/**
 * exceljs as the page gets it: the cvpExcelJs static resource (its browser build) evaluated as a
 * CommonJS module, so the component tests write and read workbooks with the very file that is deployed.
 * (exceljs's Node entry cannot load under jsdom: its dependencies resolve to ES module browser builds.)
 */
const { readFileSync } = require('fs');
const { join } = require('path');

const RESOURCE = join(__dirname, '..', '..', 'main', 'default', 'staticresources', 'cvpExcelJs.resource');

let loaded;

export default function excelJs() {
    if (!loaded) {
        const module = { exports: {} };
        // eslint-disable-next-line no-new-func
        new Function('module', 'exports', readFileSync(RESOURCE, 'utf8'))(module, module.exports);
        loaded = module.exports;
    }
    return loaded;
}
