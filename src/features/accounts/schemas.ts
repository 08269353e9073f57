import * as v from 'valibot';
import { vmsg } from '../../kernel/schemas';

/** The shortest password an account may choose (as for accounts an admin creates). */
export const PASSWORD_MIN = 12;
const PASSWORD_MAX = 200;

/** Changing one's own password: the current one, the new one twice. */
export const ChangePasswordInput = v.pipe(
  v.object({
    current: v.pipe(
      v.string(vmsg('registry.passwordIsRequired')),
      v.minLength(1, vmsg('registry.passwordIsRequired')),
      v.maxLength(1000, vmsg('account.passwordTooLong', { max: 1000 })),
    ),
    password: v.pipe(
      v.string(vmsg('registry.passwordIsRequired')),
      v.minLength(PASSWORD_MIN, vmsg('account.passwordTooShort', { min: PASSWORD_MIN })),
      v.maxLength(PASSWORD_MAX, vmsg('account.passwordTooLong', { max: PASSWORD_MAX })),
    ),
    confirm: v.string(vmsg('account.passwordMismatch')),
  }),
  v.forward(
    v.check((i) => i.password === i.confirm, vmsg('account.passwordMismatch')),
    ['confirm'],
  ),
  v.forward(
    v.check((i) => i.password !== i.current, vmsg('account.passwordSame')),
    ['password'],
  ),
);
export type ChangePasswordInput = v.InferOutput<typeof ChangePasswordInput>;
