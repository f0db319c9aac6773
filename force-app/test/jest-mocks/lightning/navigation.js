/**
 * lightning/navigation for the component tests: NavigationMixin records the page reference a component
 * navigates to, so tests can read it back with getNavigateCalledWith().
 */
export const CurrentPageReference = jest.fn();

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');
let lastNavigation = { pageReference: undefined, replace: undefined };

export const NavigationMixin = (Base) =>
    class extends Base {
        [Navigate](pageReference, replace) {
            lastNavigation = { pageReference, replace };
        }

        [GenerateUrl](pageReference) {
            return Promise.resolve(`/lightning/${pageReference.type}`);
        }
    };
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

export const getNavigateCalledWith = () => lastNavigation;

export const resetNavigation = () => {
    lastNavigation = { pageReference: undefined, replace: undefined };
};
