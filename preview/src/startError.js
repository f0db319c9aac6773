// A page that cannot start says why on the page and in the console (the browser tests collect console
// errors), rather than staying blank.
export function showStartError(error) {
  console.error(error);
  const box = document.createElement('p');
  box.setAttribute('role', 'alert');
  box.className = 'slds-text-color_error slds-p-around_medium';
  box.textContent = `The preview could not start: ${error?.message ?? error}`;
  document.body.prepend(box);
}
