/**
 * The one error path of the components: every error shape the platform can hand a component becomes a
 * list of readable messages, which errorPanel shows and toasts join.
 *
 * Shapes handled:
 * - UI API read errors: { body: [{ message }] } (getRecord, getObjectInfo, related lists)
 * - UI API write errors: { body: { message, output: { errors: [{ message }], fieldErrors: { Field: [{ message }] } } } }
 * - Apex and network errors: { body: { message } }, and { body: { pageErrors, fieldErrors } }
 * - GraphQL errors: [{ message, locations, paths }] (the graphql wire adapter's `errors`)
 * - JavaScript errors: { message }; plain strings; HTTP errors with only { status, statusText }
 * Nested arrays are flattened, blanks dropped and repeats removed. A write error's specific messages
 * (record and field errors) replace its generic top-level sentence.
 */
export function reduceErrors(errors) {
    const list = Array.isArray(errors) ? errors : [errors];
    const messages = [];
    list.forEach((error) => collect(error, messages));
    return messages.filter((message, index) => message && messages.indexOf(message) === index);
}

function collect(error, out) {
    if (error === null || error === undefined) return;
    if (typeof error === 'string') {
        out.push(error);
        return;
    }
    if (Array.isArray(error)) {
        error.forEach((e) => collect(e, out));
        return;
    }
    if (typeof error !== 'object') {
        out.push(String(error));
        return;
    }
    const before = out.length;
    const body = error.body;
    if (Array.isArray(body)) {
        body.forEach((e) => collect(e, out));
    } else if (body && typeof body === 'object') {
        collectDml(body.output, out);
        collectDml(body, out);
        // The generic "An error occurred while trying to update the record" only when nothing says more.
        if (out.length === before && typeof body.message === 'string') out.push(body.message);
    }
    if (out.length === before && typeof error.message === 'string') out.push(error.message);
    if (out.length === before && typeof error.statusText === 'string') out.push(error.statusText);
}

function collectDml(part, out) {
    if (!part || typeof part !== 'object') return;
    const pageErrors = part.errors || part.pageErrors;
    if (Array.isArray(pageErrors)) pageErrors.forEach((e) => out.push(e && e.message));
    const fieldErrors = part.fieldErrors;
    if (fieldErrors && typeof fieldErrors === 'object') {
        Object.keys(fieldErrors).forEach((field) => {
            const errs = fieldErrors[field];
            if (Array.isArray(errs)) errs.forEach((e) => out.push(e && e.message));
        });
    }
}
