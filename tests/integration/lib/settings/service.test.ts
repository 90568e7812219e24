import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

import { createTestPool, truncateAll } from "../../../setup/db";

const pool = createTestPool();
const service = await import("@/lib/settings/service");
const { setTagExpirer } = await import("@/lib/cache/invalidate");
const queries = await import("@/lib/settings/queries");
const { prisma } = await import("@/lib/db");

const expired: string[][] = [];
setTagExpirer((tags) => expired.push([...tags]));

const values = {
  publisherName: "(주)한빛넷미디어",
  registrationNumber: "전북 아00127",
  registrationDate: "2012-03-15",
  publisher: "김대한",
  editor: "김대한",
  youthProtectionOfficer: "정다은",
  address: "한빛시 중앙로 123, 4층",
  phone: "063-123-4567",
  email: "news@example.com",
  indexNowKey: null,
};

let admin: { id: number; role: "ADMIN" };
let editor: { id: number; role: "EDITOR" };

beforeEach(async () => {
  await truncateAll(pool);
  expired.length = 0;
  admin = { id: (await prisma.user.create({ data: { loginId: "admin", displayName: "관리자", role: "ADMIN", passwordHash: "x" } })).id, role: "ADMIN" };
  editor = { id: (await prisma.user.create({ data: { loginId: "editor", displayName: "편집", role: "EDITOR", passwordHash: "x" } })).id, role: "EDITOR" };
});

afterAll(async () => {
  await pool.end();
  await prisma.$disconnect();
});

describe("site settings", () => {
  it("are null until an admin saves them, then read back as saved, with an audit entry and the footer's tag expired", async () => {
    expect(await queries.getSiteSettings()).toBeNull();
    expect(await service.saveSiteSettings(admin, values)).toEqual({ ok: true });
    expect(await queries.getSiteSettings()).toEqual(values);
    expect(expired).toEqual([["site-settings"]]);
    const audit = await pool.query("SELECT action, target_type, actor_id FROM audit_logs");
    expect(audit.rows).toEqual([{ action: "settings.update", target_type: "settings", actor_id: admin.id }]);

    // A second save updates the one row.
    await service.saveSiteSettings(admin, { ...values, phone: "1588-1234" });
    expect((await queries.getSiteSettingsForEdit()).values?.phone).toBe("1588-1234");
    expect((await pool.query("SELECT count(*)::int AS n FROM site_settings")).rows[0].n).toBe(1);
  });

  it("refuses editors and writes nothing", async () => {
    expect(await service.saveSiteSettings(editor, values)).toEqual({ ok: false, reason: "forbidden" });
    expect(await queries.getSiteSettings()).toBeNull();
    expect(expired).toEqual([]);
  });

  it("keeps a single row (the table refuses a second id)", async () => {
    await service.saveSiteSettings(admin, values);
    await expect(pool.query("INSERT INTO site_settings SELECT 2, publisher_name, registration_number, registration_date, publisher, editor, youth_protection_officer, address, phone, email, NULL, now() FROM site_settings")).rejects.toThrow(/site_settings_single_row/);
  });
});
