import { reduceErrors } from 'c/ldsUtils';

describe('reduceErrors', () => {
    it('reads UI API read errors (a body that is a list)', () => {
        const error = {
            body: [{ errorCode: 'INVALID_FIELD', message: 'No such column CVP_X__c on Account' }],
            ok: false,
            status: 400,
            statusText: 'Bad Request'
        };
        expect(reduceErrors(error)).toEqual(['No such column CVP_X__c on Account']);
    });

    it('reads the record and field errors of a UI API write, without its generic sentence', () => {
        const error = {
            body: {
                message: 'An error occurred while trying to update the record. Please try again.',
                output: {
                    errors: [{ errorCode: 'ENTITY_IS_LOCKED', message: 'The record is locked.' }],
                    fieldErrors: {
                        CVP_Loyalty_Score__c: [{ message: 'Scores are whole numbers from 1 to 5.' }],
                        CVP_Binding__c: [{ message: 'Binding is from 1 to 5.' }]
                    }
                }
            }
        };
        expect(reduceErrors(error)).toEqual([
            'The record is locked.',
            'Scores are whole numbers from 1 to 5.',
            'Binding is from 1 to 5.'
        ]);
    });

    it('keeps the generic sentence of a write error that says nothing more', () => {
        const error = {
            body: {
                message: 'An error occurred while trying to update the record.',
                output: { errors: [], fieldErrors: {} }
            }
        };
        expect(reduceErrors(error)).toEqual(['An error occurred while trying to update the record.']);
    });

    it('reads Apex and network errors, and Apex DML page errors', () => {
        expect(reduceErrors({ body: { message: 'Script-thrown exception' }, status: 500 })).toEqual([
            'Script-thrown exception'
        ]);
        expect(reduceErrors({ body: { pageErrors: [{ message: 'Insufficient access' }], fieldErrors: {} } })).toEqual([
            'Insufficient access'
        ]);
    });

    it('reads GraphQL errors, a list of { message }', () => {
        const errors = [
            { message: 'Validation error of type FieldUndefined: Field CVP_X__c', locations: [{ line: 3, column: 5 }] },
            { message: 'Second problem', paths: [] }
        ];
        expect(reduceErrors(errors)).toEqual([
            'Validation error of type FieldUndefined: Field CVP_X__c',
            'Second problem'
        ]);
    });

    it('reads JavaScript errors, strings, and HTTP errors with only a status text', () => {
        expect(reduceErrors(new TypeError('x is undefined'))).toEqual(['x is undefined']);
        expect(reduceErrors('Plain words')).toEqual(['Plain words']);
        expect(reduceErrors({ status: 503, statusText: 'Service Unavailable' })).toEqual(['Service Unavailable']);
    });

    it('flattens nested lists, drops blanks and repeats, and survives nothing at all', () => {
        const error = { body: [{ message: 'Same' }] };
        expect(reduceErrors([error, [error, { message: '' }], null, undefined])).toEqual(['Same']);
        expect(reduceErrors(undefined)).toEqual([]);
        expect(reduceErrors([])).toEqual([]);
        // An object with nothing readable gives nothing rather than "[object Object]".
        expect(reduceErrors({ body: {} })).toEqual([]);
    });
});
