// Share links as plain URLs (no third-party scripts on our pages): each service's own share
// address with the article's canonical URL.

export type ShareLink = { service: "kakaoStory" | "facebook" | "x"; href: string };

export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  return [
    { service: "kakaoStory", href: `https://story.kakao.com/share?url=${u}` },
    { service: "facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { service: "x", href: `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(title)}` },
  ];
}
