// Registers the accessibility matcher, `await expect(element).toBeAccessible()` (axe-core rules of sa11y).
import { setup } from '@sa11y/jest';

setup();
