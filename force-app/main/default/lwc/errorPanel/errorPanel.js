import { LightningElement, api } from 'lwc';
import { reduceErrors } from 'c/ldsUtils';
import ERROR_TITLE from '@salesforce/label/c.CVP_Error_Title';
import ERROR_ICON from '@salesforce/label/c.CVP_Error_Icon';

/**
 * Shows errors of any shape (see ldsUtils.reduceErrors) under a short sentence saying what failed.
 * The one place errors are drawn, so every component fails the same way.
 */
export default class ErrorPanel extends LightningElement {
    /** One error or a list, in any shape the platform produces. */
    @api errors;
    /** What failed, in the user's words; a generic sentence when not given. */
    @api friendlyMessage;

    iconLabel = ERROR_ICON;

    get title() {
        return this.friendlyMessage || ERROR_TITLE;
    }

    get messages() {
        return reduceErrors(this.errors).map((text, index) => ({ key: `${index}`, text }));
    }

    get hasMessages() {
        return this.messages.length > 0;
    }
}
