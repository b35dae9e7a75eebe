// A guess, from the request headers, that the browser is a phone — so the server prefetches the
// timeline in the density the phone will ask for. A wrong guess only costs one request.
export function likelyPhone(headers: Headers): boolean {
  if (headers.get("sec-ch-ua-mobile") === "?1") return true;
  return /\b(Mobi|iPhone|Android.+Mobile)\b/.test(headers.get("user-agent") ?? "");
}
