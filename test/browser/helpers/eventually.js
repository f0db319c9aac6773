// Retrying assertions for a page that updates asynchronously (jest's expect does not wait; Playwright's
// web-first assertions live in @playwright/test, which the project does not use).
export async function eventually(assertion, { timeout = 5000, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }
}

/** The trimmed text of every element the locator matches. */
export const texts = async (locator) => (await locator.allInnerTexts()).map((t) => t.trim());

export const count = (locator) => locator.count();
