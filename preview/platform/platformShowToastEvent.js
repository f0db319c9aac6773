/** lightning/platformShowToastEvent: the event the platform turns into a toast; the preview shell shows it. */
export class ShowToastEvent extends CustomEvent {
  constructor(toast) {
    super('lightning__showtoast', { bubbles: true, composed: true, cancelable: true, detail: toast });
  }
}
