/**
 * The IMR commands. Each asks the server (custom requests in shared/protocol.ts) and shows the answer;
 * none reads or writes files on its own except through VS Code's editors.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CheckLetterNotification,
  CriteriaChecklistRequest,
  GuidelineAtRequest,
  ImportLetterRequest,
  NewDeterminationRequest,
} from '../../server/src/shared/protocol';
import { notify, send } from './protocol';

async function openUntitled(language: string, content: string, beside = false): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  return vscode.window.showTextDocument(
    document,
    beside ? { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true } : {},
  );
}

/** The letter to import: the active .txt editor, else one the user picks. */
async function letterToImport(): Promise<vscode.TextDocument | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  if (active && /\.txt$/i.test(active.uri.path)) return active;
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { 'Published letters': ['txt'] },
  });
  return picked?.[0] ? vscode.workspace.openTextDocument(picked[0]) : undefined;
}

function positionParams(editor: vscode.TextEditor) {
  const { line, character } = editor.selection.active;
  return { uri: editor.document.uri.toString(), position: { line, character } };
}

/** `client` settles once the language client has loaded; commands wait for it. */
export function registerCommands(context: vscode.ExtensionContext, client: Promise<LanguageClient>): void {
  const register = (id: string, run: () => Promise<unknown>) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, run));

  register('imr.newDetermination', async () => {
    const { text } = await send(await client, NewDeterminationRequest, {});
    await openUntitled('imr', text);
  });
  register('imr.importLetter', async () => {
    const letter = await letterToImport();
    if (!letter) return;
    const { text } = await send(await client, ImportLetterRequest, { uri: letter.uri.toString() });
    if (text) await openUntitled('imr', text);
    else void vscode.window.showWarningMessage('Nothing could be read from this letter.');
  });
  register('imr.insertCriteriaChecklist', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const answer = await send(await client, CriteriaChecklistRequest, positionParams(editor));
    if (!answer)
      return void vscode.window.showInformationMessage('The catalog has no criteria for this item.');
    const below = new vscode.Position(editor.selection.active.line + 1, 0);
    await editor.edit((edit) => edit.insert(below, answer.text));
  });
  register('imr.showGuideline', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const answer = await send(await client, GuidelineAtRequest, positionParams(editor));
    if (!answer)
      return void vscode.window.showInformationMessage(
        'No guideline found for the citation under the cursor.',
      );
    await openUntitled('markdown', answer.markdown, true);
  });
  register('imr.checkLetter', async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (document) await notify(await client, CheckLetterNotification, { uri: document.uri.toString() });
  });
}
