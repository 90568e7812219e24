// zod as the form schemas use it. Some of them also run in the browser (the schedule form parses
// its lines there), under the editor's nonce policy, which has no 'unsafe-eval': zod must not
// probe for eval to compile its parsers, or each page that loads a schema reports a policy
// violation. The setting is global, so it is made here, by the one module every schema in
// lib/validations imports zod from. Interpreted parsers are fast enough for a form.
import { z } from "zod";

z.config({ jitless: true });

export { z };
