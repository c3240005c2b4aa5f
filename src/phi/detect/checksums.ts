/** Luhn (mod 10) over the ASCII digits of `digits`; non-digits are skipped. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    const c = digits.charCodeAt(i) - 48;
    if (c < 0 || c > 9) continue;
    let d = c;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** NPI: Luhn over the ten digits prefixed with 80840 (the ISO card-issuer prefix for US health). */
export function npiValid(tenDigits: string): boolean {
  return tenDigits.length === 10 && luhnValid('80840' + tenDigits);
}

/** DEA: (d1+d3+d5) + 2*(d2+d4+d6), last digit equals d7. */
export function deaChecksumValid(sevenDigits: string): boolean {
  const d = (i: number): number => sevenDigits.charCodeAt(i) - 48;
  const sum = d(0) + d(2) + d(4) + 2 * (d(1) + d(3) + d(5));
  return sum % 10 === d(6);
}
