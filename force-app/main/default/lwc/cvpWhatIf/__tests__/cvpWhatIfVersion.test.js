import CvpWhatIf from 'c/cvpWhatIf';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { rowsFromConnection } from 'c/cvpPortfolioData';
import { mergeProfiles, profileRecord } from 'c/cvpProfiles';
import { $, mount, resetDom } from 'cvp-test/dom';

// "Save as new version" (docs/sync.md, Profile versions). The profiles as the workspace's context query
// reads them, with the versions the sync recorded: "current" version 3 and its figures' fingerprint;
// "future" version 2, its figures edited since (an older fingerprint); "partners" never synced.
const accounts = require('./data/accounts.json');
const versions = require('./data/profileVersions.json');
// The UI API's object infos the preview makes of the CVP_Admin and CVP_User permission sets.
const adminInfo = require('./data/objectInfoAdmin.json');
const userInfo = require('./data/objectInfoUser.json');
// The record representation updateRecord resolves with, and its error body.
const updated = require('./data/updateRecord.json');
const updateError = require('./data/updateRecordError.json');

const rows = rowsFromConnection(accounts.data.uiapi.query.Account).rows;
const connection = versions.data.uiapi.query.CVP_Scoring_Profile__c;
const profiles = mergeProfiles(connection).profiles;
const byKey = (key) => profiles.find((p) => p.key === key);

function settle() {
    let chain = Promise.resolve();
    for (let i = 0; i < 10; i++) chain = chain.then(() => undefined);
    return chain;
}

function render(key = 'current', info = adminInfo) {
    const profile = byKey(key);
    return mount('c-cvp-what-if', CvpWhatIf, {
        rows,
        profile,
        profileKeys: profiles.map((p) => p.key),
        profileInfo: info,
        profileRecord: profileRecord(connection, profile)
    });
}

async function type(element, key, value) {
    const field = $(element, `lightning-input[data-key="${key}"]`);
    field.value = value;
    field.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await Promise.resolve();
}

// Ten points of weight moved from volume to potential: a valid draft that moves accounts.
async function tryFigures(element) {
    await settle();
    const { volume, potential } = element.profile.weights;
    await type(element, 'volume', String(volume - 10));
    await type(element, 'potential', String(potential + 10));
    jest.advanceTimersByTime(300);
    await settle();
}

const saveVersion = (element) => $(element, 'lightning-button.save-version');
const text = (element, selector) => ($(element, selector) || {}).textContent;

describe('c-cvp-what-if: save as new version', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => {
        resetDom();
        jest.useRealTimers();
    });

    it('reads the recorded version of each profile record from the fingerprint of its figures', () => {
        expect(profileRecord(connection, byKey('current'))).toEqual({
            recordId: 'a03Qy000000Cur1IAC',
            version: 3,
            frozen: true
        });
        expect(profileRecord(connection, byKey('future'))).toEqual({
            recordId: 'a03Qy000000Fut1IAC',
            version: 2,
            frozen: false
        });
        expect(profileRecord(connection, byKey('partners'))).toEqual({
            recordId: 'a03Qy000000Par1IAC',
            version: null,
            frozen: false
        });
        // A built-in profile the org has no record of.
        expect(profileRecord(connection, { ...byKey('current'), key: 'balanced' })).toBeNull();
    });

    it('writes only the Id and the tried weights and thresholds into the profile record', async () => {
        updateRecord.mockResolvedValue(updated);
        const element = render();
        const handler = jest.fn();
        element.addEventListener('versionsaved', handler);
        await tryFigures(element);
        await type(element, 'keyAccount', '3.9');
        jest.advanceTimersByTime(300);
        await settle();
        expect(saveVersion(element).disabled).toBe(false);
        expect($(element, '.version-hint')).toBeNull();
        saveVersion(element).click();
        await settle();
        expect(updateRecord).toHaveBeenCalledTimes(1);
        expect(updateRecord.mock.calls[0]).toEqual([
            {
                fields: {
                    Id: 'a03Qy000000Cur1IAC',
                    CVP_Weight_Volume__c: 20,
                    CVP_Weight_Profitability__c: 20,
                    CVP_Weight_Loyalty__c: 20,
                    CVP_Weight_Potential__c: 20,
                    CVP_Weight_Reference__c: 10,
                    CVP_Weight_Learning__c: 10,
                    CVP_Weight_Contact__c: 0,
                    CVP_Weight_Emotional__c: 0,
                    CVP_Tier_Key_Account__c: 3.9,
                    CVP_Tier_Develop__c: 3,
                    CVP_Tier_Maintain__c: 2
                }
            }
        ]);
        expect(createRecord).not.toHaveBeenCalled();
        expect(text(element, '.saved')).toBe('c.CVP_WhatIf_Version_Saved');
        expect(handler.mock.calls[0][0].detail).toEqual({ key: 'current', version: 4 });
        // The record now holds figures no version has frozen yet: no second update before the next sync.
        expect(saveVersion(element).disabled).toBe(true);
        // "Save as new profile" and "Discard" are still there.
        expect($(element, 'lightning-button.save').disabled).toBe(false);
        expect($(element, 'lightning-button.discard').disabled).toBe(false);
    });

    it('is disabled, with the reason, while the figures are not frozen as a version', async () => {
        const element = render('future');
        await tryFigures(element);
        expect(saveVersion(element).disabled).toBe(true);
        expect(text(element, '.version-hint')).toBe('c.CVP_WhatIf_Version_Not_Frozen');
        saveVersion(element).click();
        await settle();
        expect(updateRecord).not.toHaveBeenCalled();
        // Saving as a new profile stays possible.
        expect($(element, 'lightning-button.save').disabled).toBe(false);
    });

    it('is disabled when no sync has recorded a version (the fingerprint field is empty)', async () => {
        const element = render('partners');
        await tryFigures(element);
        expect(saveVersion(element).disabled).toBe(true);
        expect(text(element, '.version-hint')).toBe('c.CVP_WhatIf_Version_Not_Frozen');
    });

    it('is disabled while the figures are the profile own or break the rules', async () => {
        const element = render();
        await settle();
        expect(saveVersion(element).disabled).toBe(true);
        await type(element, 'volume', '10');
        expect(saveVersion(element).disabled).toBe(true);
    });

    it('is not offered to users who may not update profiles, nor for a built-in profile', async () => {
        const user = render('current', userInfo);
        await settle();
        expect(saveVersion(user)).toBeNull();
        resetDom();
        // Object updateable but a weight field read-only (field-level security): not offered either.
        const readOnlyWeight = {
            ...adminInfo,
            fields: {
                ...adminInfo.fields,
                CVP_Weight_Volume__c: { ...adminInfo.fields.CVP_Weight_Volume__c, updateable: false }
            }
        };
        expect(saveVersion(render('current', readOnlyWeight))).toBeNull();
        resetDom();
        const builtIn = mount('c-cvp-what-if', CvpWhatIf, {
            rows,
            profile: { ...byKey('current'), key: 'balanced' },
            profileInfo: adminInfo,
            profileRecord: null
        });
        await settle();
        expect(saveVersion(builtIn)).toBeNull();
        expect($(builtIn, 'lightning-button.save')).not.toBeNull();
    });

    it('shows a failed update in the error panel and keeps the draft', async () => {
        updateRecord.mockRejectedValue(updateError);
        const element = render();
        await tryFigures(element);
        saveVersion(element).click();
        await settle();
        const panel = $(element, 'c-error-panel.save-error');
        expect(panel.friendlyMessage).toBe('c.CVP_WhatIf_Version_Save_Failed');
        expect(panel.errors).toEqual(updateError);
        expect(panel.shadowRoot.textContent).toContain('unable to obtain exclusive access to this record');
        expect($(element, 'lightning-input[data-key="volume"]').value).toBe('20');
        expect($(element, '.saved')).toBeNull();
        expect(saveVersion(element).disabled).toBe(false);
    });
});
