// The baseline of the scale benchmark: the least a program can do with the CSV, in a process of its own — read the
// file, split it into lines and fields, and add up one column. Prints the sum, so the work cannot be skipped.
import { readFileSync } from 'node:fs';

const lines = readFileSync(process.argv[2], 'utf8').split('\n');
let sum = 0;
for (let i = 1; i < lines.length; i += 1) {
  const fields = lines[i].split(',');
  if (fields.length > 1) sum += Number(fields[1]);
}
console.log(sum);
