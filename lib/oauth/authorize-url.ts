// The path of an authorization request, to come back to after sign-in (same-site, so safeCallbackUrl keeps it).
import { AUTHORIZATION_PARAMS, type RawParams } from "./authorization-request";

export function authorizePath(params: RawParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(key, v);
  }
  return `/oauth/authorize?${query.toString()}`;
}

export function signInPathFor(params: RawParams): string {
  return `/sign-in?callbackUrl=${encodeURIComponent(authorizePath(params))}`;
}

/** The request parameters carried by the consent form, read back in the server action. */
export function authorizationParamsFromForm(formData: FormData): RawParams {
  const params: RawParams = {};
  for (const name of AUTHORIZATION_PARAMS) {
    const values = formData.getAll(name).map(String);
    if (values.length) params[name] = values.length === 1 ? values[0] : values;
  }
  return params;
}
