// The site settings page (/editor/settings) and the newspaper-law imprint in every footer.

/** Labels of the imprint, the same on the settings form and in the footer. */
export const imprintLabels = {
  /** The registered title: the site's name (SITE_NAME). */
  title: "제호",
  publisherName: "발행소",
  registrationNumber: "등록번호",
  registrationDate: "등록일",
  publisher: "발행인",
  editor: "편집인",
  youthProtectionOfficer: "청소년보호책임자",
  address: "주소",
  phone: "전화",
  email: "이메일",
} as const;

export const imprintHeading = "신문사 정보";

export const settingsPage = {
  title: "사이트 설정",
  nav: "사이트 설정",
  intro: "인터넷신문이 법에 따라 모든 페이지에 밝혀야 하는 사항입니다. 저장하면 모든 페이지의 아래쪽(바닥글)에 바로 반영됩니다.",
  imprintTitle: "신문법 표시 사항",
  indexNowTitle: "검색엔진 알림 (IndexNow)",
  indexNowKey: "IndexNow 키",
  indexNowHelp:
    "기사를 발행·수정·삭제할 때마다 네이버와 IndexNow 검색엔진에 바로 알립니다. 영문, 숫자, 하이픈으로 8~128자. 이 키는 사이트 맨 위 주소(/키.txt)에 공개됩니다. 비워 두면 서버 설정(INDEXNOW_KEY)을 따르고, 그것도 없으면 알리지 않습니다.",
  generateKey: "새 키 만들기",
  contactTitle: "연락처",
  hints: {
    registrationNumber: "예: 서울 아00000",
    registrationDate: "등록증에 적힌 날짜",
    phone: "예: 063-123-4567",
  },
  save: "저장",
  saving: "저장 중…",
  saved: "사이트 설정을 저장했습니다. 모든 페이지에 반영됩니다.",
  notSet: "아직 저장된 설정이 없습니다. 모든 칸을 채워 저장해 주세요.",
  lastSaved: (when: string, who: string) => `마지막 저장: ${when} (${who})`,
  formErrors: "입력한 내용을 확인해 주세요.",
  errors: {
    required: (label: string) => `${label}을(를) 입력해 주세요.`,
    tooLong: (label: string, max: number) => `${label}은(는) ${max}자 이내로 써 주세요.`,
    registrationNumber: "등록번호는 ‘서울 아00000’처럼 지역, 종류, 숫자로 입력해 주세요.",
    registrationDate: "등록일을 ‘2020-01-31’ 형식의 실제 날짜로 입력해 주세요.",
    registrationDateFuture: "등록일은 오늘이나 그 이전이어야 합니다.",
    phone: "전화번호는 ‘063-123-4567’이나 ‘1588-1234’ 형식으로 입력해 주세요.",
    email: "이메일 주소 형식이 올바르지 않습니다.",
    indexNowKey: "IndexNow 키는 영문, 숫자, 하이픈으로 8~128자여야 합니다.",
  },
} as const;
