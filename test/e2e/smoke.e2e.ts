/**
 * Smoke tests inside a real VS Code: the extension activates, talks to its server and the editor shows
 * what it answers. Each test waits on a signal (diagnostics changed, a command's answer), never a sleep.
 * Expectations that depend on the engine are computed by the same service, bundled, outside the editor.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { defaultCatalog } from '../../server/src/service/catalog/default';
import { createLanguageService } from '../../server/src/service/index';

const EXTENSION_ID = 'imr-tools.imr-determinations';
const folder = () => vscode.workspace.workspaceFolders?.[0]?.uri;
const fileUri = (name: string) => vscode.Uri.joinPath(folder()!, name);

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
  const service = createLanguageService({ catalog: defaultCatalog() });

  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'the extension under development is loaded');
  });

  test('opening an .imr.md file activates the extension and gets diagnostics', async () => {
    const uri = fileUri('sample.imr.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostics = await diagnosticsOf(uri, hasFindings);
    const api = vscode.extensions.getExtension<{ activationMs: number }>(EXTENSION_ID);
    assert.ok(api?.isActive);
    console.log(`e2e: activate() took ${api.exports.activationMs.toFixed(1)} ms`);
    // Activation time is measured by the benchmarks (docs/benchmarks.md), not asserted here.
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

  test('IMR: Import published letter: a seed letter becomes a determination with its expected diagnostics', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fileUri('seed-000.txt')));
    await vscode.commands.executeCommand('imr.importLetter');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.languageId, 'imr');
    const text = editor.document.getText();
    const expected = service
      .lint({ uri: 'mem:/seed.imr.md', version: 1, languageId: 'imr', getText: () => text })
      .findings.filter((f) => !f.suppressed)
      .map((f) => f.ruleId)
      .sort();
    assert.ok(expected.length > 0, 'the seed letter has findings (the engine judges it defective)');
    const shown = await diagnosticsOf(editor.document.uri, (d) => d.length >= expected.length);
    const codes = shown
      .map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code)))
      .sort();
    assert.deepEqual(codes, expected);
  });

  test('the outline lists items with their decisions', async () => {
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

  test('completion after "Page(s): " lists catalog pages, the item\'s topic first', async () => {
    const uri = fileUri('determination.imr.md');
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      uri,
      citationPosition(text).after,
    );
    const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
    const pages = list.items.filter((i) => /^\d+(-\d+)?$/.test(label(i)));
    assert.ok(pages.length > 5, `catalog pages offered (${pages.length})`);
    const first = [...pages].sort((a, b) =>
      (a.sortText ?? label(a)).localeCompare(b.sortText ?? label(b)),
    )[0]!;
    assert.equal(label(first), '24', 'a benzodiazepine item ranks the Benzodiazepines page first');
  });

  test('hover on a citation shows the guideline summary', async () => {
    const uri = fileUri('determination.imr.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const text = document.getText();
    const on = citationPosition(text).on;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      on,
    );
    const shown = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    const expected = service.getHover(
      { uri: 'mem:/d.imr.md', version: 1, languageId: 'imr', getText: () => text },
      { line: on.line, character: on.character },
    );
    const value =
      expected && typeof expected.contents === 'object' && 'value' in expected.contents
        ? expected.contents.value
        : '';
    assert.ok(/Benzodiazepines/.test(shown), 'the hover names the topic');
    assert.ok(
      value.length > 0 && shown.includes(value.split('\n').find((l) => l.length > 40) ?? value),
      'the entry summary is shown',
    );
  });
});
