-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "submitted_at" TIMESTAMPTZ(3);

-- Added by hand. "Submitted" (검토 요청) used to be derived from the audit log; it becomes this
-- column. Backfill: a draft is submitted when its author's latest "article.submit" row exists
-- (what the editor lists showed until now); other statuses never show it.
UPDATE "articles" AS a
   SET "submitted_at" = s.at
  FROM (SELECT "target_id", MAX("created_at") AS at
          FROM "audit_logs"
         WHERE "target_type" = 'article' AND "action" = 'article.submit'
         GROUP BY "target_id") AS s
 WHERE s."target_id" = a."id"::text AND a."status" = 'DRAFT';

-- Only a draft can be waiting for review (not part of Prisma's schema: CHECKs are added by hand).
ALTER TABLE "articles" ADD CONSTRAINT "articles_submitted_only_draft_check"
    CHECK ("submitted_at" IS NULL OR "status" = 'DRAFT');
