// Words that imports put where readers and editors see them (titles, bylines of old posts).
export const importStrings = {
  untitled: "제목 없음",
  anonymousAuthor: "익명",
} as const;
