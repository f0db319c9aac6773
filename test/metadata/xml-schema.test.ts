/**
 * Every *-meta.xml of both package directories is well-formed, in the Metadata API namespace, has the root element
 * its file suffix promises, and uses only elements and values the Metadata API knows (for the types of
 * this package). This catches what source conversion lets through: a misspelt element, a wrong value.
 */
import { readFileSync } from 'node:fs';
import { SOURCE_ROOTS, metaFiles, relativeToRepo } from './helpers/force-app.js';
import { SCHEMAS, checkElement, expectedRoot } from './helpers/metadata-schema.js';
import { METADATA_NS, parseXmlText } from './helpers/xml.js';

const files = metaFiles(SOURCE_ROOTS);

function problemsOf(file: string, content = readFileSync(file, 'utf8')): string[] {
  const parsed = parseXmlText(content);
  if (!parsed.ok) return [`not well-formed: ${parsed.error}`];
  const { root, element, namespace } = parsed.doc;
  const problems: string[] = [];
  if (namespace !== METADATA_NS) problems.push(`namespace is ${String(namespace)}, not ${METADATA_NS}`);
  const expected = expectedRoot(file);
  if (expected && root !== expected) problems.push(`root element is ${root}, the suffix promises ${expected}`);
  const schema = SCHEMAS[root];
  if (schema) problems.push(...checkElement(schema, element, root));
  if (!content.startsWith('<?xml version="1.0" encoding="UTF-8"?>'))
    problems.push('does not start with the UTF-8 XML declaration');
  return problems;
}

describe('metadata XML', () => {
  it('finds the package metadata', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('every file is well-formed and uses known elements and values', () => {
    const problems = Object.fromEntries(
      files.map((f) => [relativeToRepo(f), problemsOf(f)]).filter(([, p]) => p.length > 0)
    );
    expect(problems).toEqual({});
  });

  it('knows the type of every file of this package (others are checked for well-formedness only)', () => {
    const roots = new Set(files.map((f) => expectedRoot(f)).filter((r): r is string => r !== undefined));
    expect([...roots].sort()).toEqual(Object.keys(SCHEMAS).sort());
  });
});

describe('the checker itself', () => {
  const field = (body: string): string =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="${METADATA_NS}">\n${body}\n</CustomField>\n`;
  const fieldFile = 'force-app/main/default/objects/X__c/fields/Y__c.field-meta.xml';

  it('accepts a correct field', () => {
    expect(
      problemsOf(
        fieldFile,
        field('<fullName>Y__c</fullName><label>Y</label><type>Number</type><precision>3</precision><scale>0</scale>')
      )
    ).toEqual([]);
  });

  it('rejects mismatched tags', () => {
    expect(problemsOf(fieldFile, field('<label>Y</labl>'))[0]).toMatch(/not well-formed/);
  });

  it('rejects an unknown element', () => {
    expect(problemsOf(fieldFile, field('<lable>Y</lable>'))).toEqual(['CustomField/lable: unknown element']);
  });

  it('rejects a misspelt field type', () => {
    expect(problemsOf(fieldFile, field('<type>Nmber</type>'))[0]).toMatch(/CustomField\/type: "Nmber" is not one of/);
  });

  it('rejects a boolean that is not true or false', () => {
    expect(problemsOf(fieldFile, field('<externalId>yes</externalId>'))).toEqual([
      'CustomField/externalId: "yes" is not true or false',
    ]);
  });

  it('rejects a non-numeric length and a nested unknown element', () => {
    const problems = problemsOf(
      fieldFile,
      field(
        '<length>long</length><valueSet><restricted>true</restricted><valueSetDefinition><valu><fullName>A</fullName></valu></valueSetDefinition></valueSet>'
      )
    );
    expect(problems).toEqual([
      'CustomField/length: "long" is not a whole number',
      'CustomField/valueSet/valueSetDefinition/valu: unknown element',
    ]);
  });

  it('rejects a file whose root does not match its suffix, and a wrong namespace', () => {
    const wrong =
      '<?xml version="1.0" encoding="UTF-8"?>\n<CustomObject xmlns="http://example.com/ns">\n</CustomObject>\n';
    expect(problemsOf(fieldFile, wrong)).toEqual([
      'namespace is http://example.com/ns, not http://soap.sforce.com/2006/04/metadata',
      'root element is CustomObject, the suffix promises CustomField',
    ]);
  });

  it('rejects a bad permission set value deep inside', () => {
    const ps = `<?xml version="1.0" encoding="UTF-8"?>\n<PermissionSet xmlns="${METADATA_NS}"><tabSettings><tab>T</tab><visibility>Shown</visibility></tabSettings></PermissionSet>\n`;
    expect(problemsOf('x/permissionsets/P.permissionset-meta.xml', ps)).toEqual([
      'PermissionSet/tabSettings/visibility: "Shown" is not one of Available, None, Visible',
    ]);
  });
});
