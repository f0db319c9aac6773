import { LightningElement, api } from 'lwc';
import { reduceErrors } from 'c/ldsUtils';
import { LABELS } from './errorLabels';

/**
 * Shows errors of any shape (see ldsUtils.reduceErrors) under a short sentence saying what failed.
 * The one place errors are drawn, so every component fails the same way.
 */
export default class ErrorPanel extends LightningElement {
    /** One error or a list, in any shape the platform produces. */
    @api errors;
    /** What failed, in the user's words; a generic sentence when not given. */
    @api friendlyMessage;

    iconLabel = LABELS.icon;

    get title() {
        return this.friendlyMessage || LABELS.title;
    }

    get messages() {
        return reduceErrors(this.errors).map((text, index) => ({ key: `${index}`, text }));
    }

    get hasMessages() {
        return this.messages.length > 0;
    }
}
