/**
 * A reader for the cluster query language of memberOf constraints (ECS_RULES PL-CQL,
 * developerguide/cluster-query-language.html): `subject operator [argument]` terms joined
 * with and/or (&&, ||), negated with not/!, grouped with parentheses. It only says whether
 * an expression reads and what it is unsure of: ECS itself is the judge, so everything
 * here is a warning and anything the guide allows must read.
 */

/** Subjects that take a fixed operator set in the guide; attribute:* and task:group take any. */
const EQUALITY = ['==', '!=', 'in', '!in', '=~', '!~'];
const ORDERING = ['==', '!=', '>', '>=', '<', '<='];
const SUBJECT_OPERATORS: Readonly<Record<string, readonly string[] | undefined>> = {
  agentConnected: EQUALITY,
  ec2InstanceId: EQUALITY,
  agentVersion: ORDERING,
  registeredAt: ORDERING,
  runningTasksCount: ORDERING,
  'task:group': undefined,
};

/** The word spellings of each operator, normalised to the symbol. */
const OPERATOR_WORDS: Readonly<Record<string, string>> = {
  equals: '==',
  not_equals: '!=',
  greater_than: '>',
  greater_than_equal: '>=',
  less_than: '<',
  less_than_equal: '<=',
  not_exists: '!exists',
  not_in: '!in',
  matches: '=~',
  not_matches: '!~',
};
const SYMBOLS = ['==', '!=', '>=', '<=', '>', '<', '=~', '!~', '!in', '!exists', 'in', 'exists'];

export interface QueryIssue {
  message: string;
}

/** Problems reading `expression`; [] when it reads. */
export function checkClusterQuery(expression: string): QueryIssue[] {
  const reader = new Reader(expression);
  try {
    reader.expression();
    reader.skipSpace();
    if (!reader.done()) reader.fail(`unexpected “${reader.rest().slice(0, 20)}”`);
  } catch (e) {
    if (e instanceof QuerySyntaxError) return [{ message: e.message }, ...reader.issues];
    throw e;
  }
  return reader.issues;
}

class QuerySyntaxError extends Error {}

class Reader {
  private at = 0;
  readonly issues: QueryIssue[] = [];

  constructor(private readonly text: string) {}

  done(): boolean {
    return this.at >= this.text.length;
  }

  rest(): string {
    return this.text.slice(this.at);
  }

  fail(why: string): never {
    throw new QuerySyntaxError(`The expression does not read as a cluster query: ${why} (at character ${this.at + 1}).`);
  }

  skipSpace(): void {
    while (!this.done() && /\s/.test(this.text[this.at]!)) this.at++;
  }

  /** Consumes a keyword (and, or, not) only as a whole word, or a symbol spelling of it. */
  private keyword(words: readonly string[], symbols: readonly string[]): boolean {
    this.skipSpace();
    const rest = this.rest();
    for (const s of symbols) {
      if (rest.startsWith(s)) {
        this.at += s.length;
        return true;
      }
    }
    const word = /^[A-Za-z_]+/.exec(rest)?.[0];
    if (word && words.includes(word.toLowerCase())) {
      this.at += word.length;
      return true;
    }
    return false;
  }

  expression(): void {
    this.conjunction();
    while (this.keyword(['or'], ['||'])) this.conjunction();
  }

  private conjunction(): void {
    this.unary();
    while (this.keyword(['and'], ['&&'])) this.unary();
  }

  private unary(): void {
    this.skipSpace();
    // `!` negates only before a group or a subject: `!in`, `!=` are operators, read elsewhere.
    if (this.keyword(['not'], []) || (this.text[this.at] === '!' && this.text[this.at + 1] !== '=' && this.keyword([], ['!']))) {
      this.unary();
      return;
    }
    this.skipSpace();
    if (this.text[this.at] === '(') {
      this.at++;
      this.expression();
      this.skipSpace();
      if (this.text[this.at] !== ')') this.fail('a “(” is not closed');
      this.at++;
      return;
    }
    this.term();
  }

  private term(): void {
    this.skipSpace();
    const subject = /^[^\s()=!<>~[\],]+/.exec(this.rest())?.[0];
    if (!subject) this.fail(this.done() ? 'it ends where a subject (attribute:NAME, task:group…) should be' : 'a subject (attribute:NAME, task:group…) is missing');
    this.at += subject.length;
    const known = subject.startsWith('attribute:') ? subject.length > 'attribute:'.length : subject in SUBJECT_OPERATORS;
    if (!known) {
      this.issues.push({
        message: `“${subject}” is not a subject ECS knows: use attribute:NAME (e.g. attribute:ecs.availability-zone), task:group, agentConnected, agentVersion, ec2InstanceId, registeredAt or runningTasksCount.`,
      });
    }
    const op = this.operator();
    const allowed = SUBJECT_OPERATORS[subject];
    if (allowed && !allowed.includes(op)) this.issues.push({ message: `${subject} does not take ${op}: use one of ${allowed.join(' ')}.` });
    if (op === 'exists' || op === '!exists') return;
    this.argument(op);
  }

  private operator(): string {
    this.skipSpace();
    const rest = this.rest();
    const word = /^[A-Za-z_]+/.exec(rest)?.[0];
    if (word && OPERATOR_WORDS[word.toLowerCase()]) {
      this.at += word.length;
      return OPERATOR_WORDS[word.toLowerCase()]!;
    }
    for (const s of SYMBOLS) {
      const isWord = /^[a-z]/.test(s.replace('!', ''));
      // in / exists are words: `inside` is not `in` followed by `side`.
      if (rest.startsWith(s) && (!isWord || !/[A-Za-z0-9_]/.test(rest.charAt(s.length)))) {
        this.at += s.length;
        return s;
      }
    }
    return this.fail('an operator (== != > >= < <= in !in =~ !~ exists) is missing');
  }

  private argument(op: string): void {
    this.skipSpace();
    if (op === 'in' || op === '!in') {
      if (this.text[this.at] !== '[') this.fail(`${op} takes a list: [value1, value2]`);
      const close = this.text.indexOf(']', this.at);
      if (close < 0) this.fail('a “[” is not closed');
      const items = this.text.slice(this.at + 1, close).split(',').map((s) => s.trim());
      if (items.some((s) => s === '')) this.fail('the list has an empty value');
      this.at = close + 1;
      return;
    }
    if (op === '=~' || op === '!~') {
      // A Java regular expression: up to the next space, less the ")" that close groups of
      // the query rather than of the pattern.
      const run = /^\S+/.exec(this.rest())?.[0];
      if (!run) this.fail(`${op} needs a pattern`);
      let value = run;
      while (value.endsWith(')') && count(value, ')') > count(value, '(')) value = value.slice(0, -1);
      if (!value) this.fail(`${op} needs a pattern`);
      this.at += value.length;
      return;
    }
    const value = /^[^\s()[\],]+/.exec(this.rest())?.[0];
    if (!value) this.fail(`${op} needs a value`);
    this.at += value.length;
  }
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}
