// The staff console's small enhancements. Every page works without this file; it only adds
// what clearly helps when JavaScript is there. Loaded with `defer`, from our own origin (CSP).
/* global document, window */
'use strict';

// Leaving a form with unsaved typing asks first; submitting it does not.
for (const form of document.querySelectorAll('form[data-warn-unsaved]')) {
  let dirty = false;
  form.addEventListener('input', () => {
    dirty = true;
  });
  form.addEventListener('submit', () => {
    dirty = false;
  });
  window.addEventListener('beforeunload', (event) => {
    if (dirty) event.preventDefault();
  });
}

// A secret shown once (a new API key) gets a button that copies it.
for (const secret of document.querySelectorAll('code[data-copy]')) {
  if (!navigator.clipboard) continue;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy';
  button.textContent = secret.dataset.copy;
  button.addEventListener('click', async () => {
    await navigator.clipboard.writeText(secret.textContent);
    button.textContent = secret.dataset.copied;
  });
  secret.after(' ', button);
}
