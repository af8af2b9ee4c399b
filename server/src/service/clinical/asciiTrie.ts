/**
 * A trie over ASCII characters in one typed array, so that a word in a sentence is looked up by
 * reading its characters where they stand, one array read each, without making its substring or its
 * lower case. The ConText trigger table and the extractors' keyword gate both walk words this way.
 *
 * Node 0 is the root. `step(node, c)` is the child of `node` by the character of code `c` (under 128),
 * or 0 when no word inserted continues that way; `at(node)` is what the words ending at `node` hold.
 */
export class AsciiTrie<V> {
  /** Each character's column (0: no word has it), so a row holds only the characters in use. */
  private readonly columnOf = new Uint8Array(128);
  private columns = 1;
  private children: Uint16Array;
  private nodes = 1;
  private readonly values: V[];

  constructor(
    /** Columns a row has: one more than the distinct characters the words may use. */
    private readonly width: number,
    /** What a node holds before anything is put there. */
    private readonly empty: () => V,
  ) {
    this.children = new Uint16Array(width * 64);
    this.values = [empty()];
  }

  /** The node `word` (ASCII) ends at, made on the way. */
  insert(word: string): number {
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(k);
      if (this.columnOf[c] === 0) {
        if (this.columns === this.width) throw new Error('too many distinct characters for the trie');
        this.columnOf[c] = this.columns++;
      }
      const at = node * this.width + this.columnOf[c]!;
      if (this.children[at] === 0) {
        if ((this.nodes + 1) * this.width > this.children.length) {
          const grown = new Uint16Array(this.children.length * 2);
          grown.set(this.children);
          this.children = grown;
        }
        this.children[at] = this.nodes++;
        this.values.push(this.empty());
      }
      node = this.children[at]!;
    }
    return node;
  }

  step(node: number, c: number): number {
    return this.children[node * this.width + this.columnOf[c]!]!;
  }

  at(node: number): V {
    return this.values[node]!;
  }

  set(node: number, value: V): void {
    this.values[node] = value;
  }
}
