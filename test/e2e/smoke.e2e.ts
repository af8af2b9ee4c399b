/**
 * Smoke tests inside a real VS Code: the extension activates, talks to its server and the editor shows
 * what it answers. Each test waits on a signal (diagnostics changed, a command's answer), never a sleep.
 * Tests that need the readers, the catalog, completion or hover turn themselves on when those land.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { defaultCatalog } from '../../server/src/service/catalog/default';
import { toImrMd } from '../../server/src/service/features/import';
import { createLanguageService } from '../../server/src/service/index';

const EXTENSION_ID = 'imr-tools.imr-determinations';
const folder = () => vscode.workspace.workspaceFolders?.[0]?.uri;
const fileUri = (name: string) => vscode.Uri.joinPath(folder()!, name);

/** What the service on this branch can do; decides which tests run (see the list in scripts/e2e/README.md). */
async function capabilities() {
  const service = createLanguageService({ catalog: defaultCatalog() });
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri('determination.imr.md')));
  const doc = { uri: 'mem:/d.imr.md', version: 1, languageId: 'imr', getText: () => text };
  const citation = citationPosition(text);
  const letterText = new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri('letter.txt')));
  const letter = { uri: 'mem:/l.txt', version: 1, languageId: 'plaintext', getText: () => letterText };
  return {
    imports: toImrMd(service.parse(letter)).length > 0,
    readers: service.parse(doc).items.length > 0,
    completion: service.getCompletions(doc, citation.after).items.length > 0,
    hover: service.getHover(doc, citation.on) !== null,
  };
}

/** Just after the first `Page(s): ` and on the page number that follows it. */
function citationPosition(text: string) {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('Page(s): '));
  const character = (lines[line] ?? '').indexOf('Page(s): ') + 'Page(s): '.length;
  return { after: new vscode.Position(line, character), on: new vscode.Position(line, character + 1) };
}

function diagnosticsOf(
  uri: vscode.Uri,
  ready: (d: readonly vscode.Diagnostic[]) => boolean,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const check = () => {
      const found = vscode.languages.getDiagnostics(uri);
      if (!ready(found)) return;
      subscription.dispose();
      resolve(found);
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    check();
  });
}

const hasFindings = (d: readonly vscode.Diagnostic[]) => d.some((x) => x.source === 'imr-lint');

suite('IMR extension in a real VS Code', () => {
  let can: Awaited<ReturnType<typeof capabilities>>;

  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'the extension under development is loaded');
    can = await capabilities();
    console.log(
      `e2e: imports=${can.imports} readers=${can.readers} completion=${can.completion} hover=${can.hover}`,
    );
  });

  test('opening an .imr.md file activates the extension and gets diagnostics', async () => {
    const uri = fileUri('sample.imr.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostics = await diagnosticsOf(uri, hasFindings);
    const api = vscode.extensions.getExtension<{ activationMs: number }>(EXTENSION_ID);
    assert.ok(api?.isActive);
    console.log(`e2e: activate() took ${api.exports.activationMs.toFixed(1)} ms`);
    assert.ok(api.exports.activationMs < 50, 'activation within 50 ms');
    assert.ok(
      diagnostics.some((d) =>
        d.code && typeof d.code === 'object'
          ? d.code.value === 'section-missing'
          : d.code === 'section-missing',
      ),
    );
  });

  test('a quick fix applied changes the text', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'imr',
      content: 'A note before any heading.\n',
    });
    await vscode.window.showTextDocument(document);
    const [first] = await diagnosticsOf(document.uri, hasFindings);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      first!.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const suppress = actions.find((a) => a.title.startsWith('Suppress '));
    assert.ok(suppress?.edit, 'a suppression quick fix');
    assert.ok(await vscode.workspace.applyEdit(suppress.edit));
    assert.ok(
      /^<!-- imr-lint-disable-next-line [a-z-]+ -- .+ -->$/.test(document.lineAt(0).text),
      'a suppression comment on line 1',
    );
  });

  test('an ordinary .txt file gets nothing', async () => {
    const txt = fileUri('notes.txt');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(txt));
    const symbols = await vscode.commands.executeCommand<unknown[]>(
      'vscode.executeDocumentSymbolProvider',
      txt,
    );
    // The server has answered for this file; then a later .imr.md check proves it got past the .txt.
    const later = await vscode.workspace.openTextDocument({ language: 'imr', content: 'Another note.\n' });
    await diagnosticsOf(later.uri, hasFindings);
    assert.deepEqual(vscode.languages.getDiagnostics(txt), []);
    assert.ok(!symbols || symbols.length === 0);
  });

  test('"IMR: Check this letter" checks a .txt letter; imr.lintPlainText checks all of them', async () => {
    const letter = fileUri('letter.txt');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(letter));
    await vscode.commands.executeCommand('imr.checkLetter');
    assert.ok((await diagnosticsOf(letter, hasFindings)).length > 0);
    console.log('e2e: the letter was checked on request');
    // The setting, through the client's answer to workspace/configuration (user settings of this run).
    const notes = fileUri('notes.txt');
    // Shown, not only opened: the client pulls diagnostics for documents in tabs.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(notes));
    const settings = vscode.workspace.getConfiguration('imr');
    await settings.update('lintPlainText', true, vscode.ConfigurationTarget.Global);
    try {
      assert.ok((await diagnosticsOf(notes, hasFindings)).length > 0);
    } finally {
      await settings.update('lintPlainText', undefined, vscode.ConfigurationTarget.Global);
    }
    await diagnosticsOf(notes, (d) => d.length === 0);
  });

  test('IMR: New determination opens a skeleton in the imr language', async () => {
    await vscode.commands.executeCommand('imr.newDetermination');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.languageId, 'imr');
    // assert.ok, not assert.match: a failure must not print document text.
    assert.ok(
      /^# Clinical Case Summary$/m.test(editor.document.getText()),
      'the skeleton has the summary section',
    );
  });

  test('IMR: Import published letter opens the letter as a determination', async function () {
    if (!can.imports) return this.skip();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fileUri('letter.txt')));
    await vscode.commands.executeCommand('imr.importLetter');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.languageId, 'imr');
    assert.ok(editor.document.getText().length > 0);
  });

  test('the outline lists items with their decisions', async function () {
    if (!can.readers) return this.skip();
    const uri = fileUri('determination.imr.md');
    await vscode.workspace.openTextDocument(uri);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      uri,
    );
    const items = symbols.flatMap((s) => s.children);
    assert.deepEqual(
      items.map((i) => i.detail),
      ['Upheld', 'Overturned'],
    );
  });

  test('completion after "Page(s): " returns items', async function () {
    if (!can.completion) return this.skip();
    const uri = fileUri('determination.imr.md');
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      uri,
      citationPosition(text).after,
    );
    assert.ok(list.items.length > 0);
  });

  test('hover on a citation shows the guideline', async function () {
    if (!can.hover) return this.skip();
    const uri = fileUri('determination.imr.md');
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      citationPosition(text).on,
    );
    assert.ok(hovers.length > 0);
  });
});
