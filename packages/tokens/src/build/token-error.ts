/**
 * A problem in the token source. The message always starts with the file and
 * the token (or group) path, so an author can go straight to the JSON key.
 */
export class TokenError extends Error {
  constructor(
    readonly source: string,
    readonly tokenPath: string,
    problem: string,
  ) {
    super(tokenPath ? `${source}: ${tokenPath}: ${problem}` : `${source}: ${problem}`);
    this.name = 'TokenError';
  }
}
