/**
 * memberOf expressions the simulator can evaluate against an instance: the cluster query
 * language's terms on `attribute:<name>` and `ec2InstanceId` with ==, !=, in, !in, =~, !~,
 * exists and !exists (and their word spellings), joined with and/or (&&, ||), negated with
 * not, grouped with parentheses. Subjects that depend on what already runs (task:group,
 * runningTasksCount, agentVersion, registeredAt) are not modelled: such an expression is
 * reported as not evaluated rather than guessed (the validator's PL-CQL reads the syntax).
 */

/** An instance's attributes by name (`ecs.availability-zone`, …) plus `ec2InstanceId`. */
export type AttributeLookup = (name: string) => string | undefined;
export type MemberOfTest = (attributes: AttributeLookup) => boolean;

export type CompiledMemberOf = { ok: true; test: MemberOfTest } | { ok: false; reason: string };

const WORDS: Readonly<Record<string, string>> = {
  equals: '==',
  not_equals: '!=',
  not_in: '!in',
  matches: '=~',
  not_matches: '!~',
  not_exists: '!exists',
};
const OPERATORS = ['==', '!=', '=~', '!~', '!in', 'in', '!exists', 'exists'];

class Unsupported extends Error {}

export function compileMemberOf(expression: string): CompiledMemberOf {
  try {
    const parser = new Parser(expression);
    const test = parser.or();
    parser.space();
    if (!parser.done()) throw new Unsupported(`unexpected “${parser.rest().slice(0, 20)}”`);
    return { ok: true, test };
  } catch (e) {
    if (e instanceof Unsupported) return { ok: false, reason: e.message };
    throw e;
  }
}

class Parser {
  private at = 0;
  constructor(private readonly text: string) {}

  done(): boolean {
    return this.at >= this.text.length;
  }
  rest(): string {
    return this.text.slice(this.at);
  }
  space(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at]!)) this.at++;
  }
  private take(word: string, isWord: boolean): boolean {
    this.space();
    const next = this.text.slice(this.at, this.at + word.length);
    if (next.toLowerCase() !== word) return false;
    if (isWord && /[\w:.-]/.test(this.text[this.at + word.length] ?? '')) return false;
    this.at += word.length;
    return true;
  }

  or(): MemberOfTest {
    const terms = [this.and()];
    while (this.take('||', false) || this.take('or', true)) terms.push(this.and());
    return terms.length === 1 ? terms[0]! : (a) => terms.some((t) => t(a));
  }

  private and(): MemberOfTest {
    const terms = [this.unary()];
    while (this.take('&&', false) || this.take('and', true)) terms.push(this.unary());
    return terms.length === 1 ? terms[0]! : (a) => terms.every((t) => t(a));
  }

  private unary(): MemberOfTest {
    if (this.take('not', true) || this.take('!', false)) {
      const inner = this.unary();
      return (a) => !inner(a);
    }
    if (this.take('(', false)) {
      const inner = this.or();
      if (!this.take(')', false)) throw new Unsupported('a parenthesis is not closed');
      return inner;
    }
    return this.term();
  }

  private token(): string {
    this.space();
    const m = /^(?:"[^"]*"|'[^']*'|[^\s()[\],]+)/.exec(this.rest());
    if (!m) throw new Unsupported(`expected a value at “${this.rest().slice(0, 20)}”`);
    this.at += m[0].length;
    return m[0].replace(/^["']|["']$/g, '');
  }

  private term(): MemberOfTest {
    const subject = this.token();
    let name: string;
    if (subject.startsWith('attribute:')) name = subject.slice('attribute:'.length);
    else if (subject === 'ec2InstanceId') name = 'ec2InstanceId';
    else throw new Unsupported(`${subject} depends on what runs in the cluster, which the simulator does not model`);
    this.space();
    const opText = OPERATORS.find((op) => this.rest().startsWith(op) && (!/\w$/.test(op) || !/\w/.test(this.rest()[op.length] ?? '')));
    let op: string;
    if (opText) {
      op = opText;
      this.at += opText.length;
    } else {
      const word = this.token();
      op = WORDS[word.toLowerCase()] ?? word;
      if (!OPERATORS.includes(op)) throw new Unsupported(`unknown operator “${word}”`);
    }
    if (op === 'exists' || op === '!exists') {
      const want = op === 'exists';
      return (a) => (a(name) !== undefined) === want;
    }
    if (op === 'in' || op === '!in') {
      const values = this.list();
      const want = op === 'in';
      return (a) => {
        const v = a(name);
        return v !== undefined && values.includes(v) === want;
      };
    }
    const value = this.token();
    if (op === '=~' || op === '!~') {
      let re: RegExp;
      try {
        re = new RegExp(`^(?:${value})$`);
      } catch {
        throw new Unsupported(`“${value}” is not a pattern`);
      }
      const want = op === '=~';
      return (a) => {
        const v = a(name);
        return v !== undefined && re.test(v) === want;
      };
    }
    const want = op === '==';
    // An instance without the attribute is not a member of either side.
    return (a) => {
      const v = a(name);
      return v !== undefined && (v === value) === want;
    };
  }

  private list(): string[] {
    this.space();
    const open = this.text[this.at];
    if (open !== '[' && open !== '(') return [this.token()];
    this.at++;
    const close = open === '[' ? ']' : ')';
    const values: string[] = [];
    for (;;) {
      this.space();
      if (this.text[this.at] === close) {
        this.at++;
        return values;
      }
      values.push(this.token());
      this.space();
      if (this.text[this.at] === ',') this.at++;
      else if (this.text[this.at] !== close) throw new Unsupported('a list is not closed');
    }
  }
}
