import { setLanguage } from '../../src/i18n/index.js';
import { OrgApiError } from '../../src/org/api/org-api-error.js';
import { orgStopError, RunState } from '../../src/org/api/org-errors.js';

describe('orgStopError', () => {
  const state = (): RunState => {
    const s = new RunState();
    s.plan(2500);
    s.add(1200);
    return s;
  };

  it('says how far the run got in a sentence of its own', () => {
    const error = orgStopError(new OrgApiError('limit', 'limit', 'REQUEST_LIMIT_EXCEEDED', 403), state());
    expect(error.message).toBe(
      "The org's API request limit is used up (REQUEST_LIMIT_EXCEEDED), so the command stopped. 1,200 of 2,500 records were written before it stopped."
    );
  });

  it("joins the org's own words and the progress with a space", () => {
    const error = orgStopError(new OrgApiError('fatal', 'No such column.', 'INVALID_FIELD', 400), state());
    expect(error.message).toBe(
      'The org refused a request (INVALID_FIELD): No such column. 1,200 of 2,500 records were written before it stopped.'
    );
  });

  it('writes it in Finnish, with Finnish numbers', () => {
    setLanguage('fi');
    const error = orgStopError(new OrgApiError('session', 'expired', 'INVALID_SESSION_ID', 401), state());
    expect(error.message).toBe(
      'Organisaation istunto vanheni, eikä sitä voitu uusia, joten komento pysähtyi. Ennen pysähtymistä kirjoitettiin 1\u00a0200 / 2\u00a0500 tietuetta.'
    );
  });

  it('adds nothing when the run had not begun to write', () => {
    const error = orgStopError(new OrgApiError('limit', 'limit', 'REQUEST_LIMIT_EXCEEDED', 403));
    expect(error.message).toMatch(/so the command stopped\.$/);
  });
});
