// After a companion steps out of a scene, these read as pulling it back in.
const RESUME = [
  /\b(back|return)\s+(in)?to\s+(the\s+|our\s+)?(story|scene|role-?play|rp|game)\b/i,
  /\b(stay|get back)\s+in\s+(character|the\s+scene)\b/i,
  /\b(continue|resume|keep going with)\s+(the\s+|our\s+)?(story|scene|role-?play|rp)\b/i,
  /\bbreak(ing)?\s+character\b/i,
  /\b(volvamos|regresemos|vuelve)\s+a\s+la\s+(historia|escena)\b/i,
  /\b(reprenons|reviens|revenons)\b.*\b(histoire|sc[eè]ne|jeu de r[oô]le)\b/i,
  /\bzur[üu]ck\s+(zur|in die)\s+(geschichte|szene|rolle)\b/i,
  /\b(volta|voltemos|voltar)\s+(para|pra|à)\s+(a\s+)?(hist[oó]ria|cena)\b/i,
  /\b(torniamo|torna|riprendiamo)\b.*\b(storia|scena|gioco di ruolo)\b/i,
  // A role-play action line, e.g. "*pulls you closer*": carrying the scene on as if nothing was said.
  /^\s*\*[^*\n]{3,}\*/,
];

export function resumesScene(text: string): boolean {
  const head = text.slice(0, 400);
  return RESUME.some((re) => re.test(head));
}
