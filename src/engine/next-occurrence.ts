/**
 * Finds the next occurrence of a string at or after a position. It remembers
 * its last answer, so a scan that asks again and again while moving forward
 * reads the text once: indexOf finds candidates far faster than a regular
 * expression run over the whole text.
 */
export class NextOccurrence {
  private searchedFrom = Number.POSITIVE_INFINITY;
  private found = -1;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  after(from: number): number {
    const stillValid = this.searchedFrom <= from && (this.found === -1 || this.found >= from);
    if (!stillValid) {
      this.searchedFrom = from;
      this.found = this.text.indexOf(this.needle, from);
    }
    return this.found;
  }
}
