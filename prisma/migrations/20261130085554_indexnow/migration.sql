-- AlterTable
ALTER TABLE "site_settings" ADD COLUMN     "indexnow_key" VARCHAR(128);

-- CreateTable
CREATE TABLE "indexnow_outbox" (
    "id" BIGSERIAL NOT NULL,
    "endpoint" VARCHAR(300) NOT NULL,
    "urls" TEXT[],
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),
    "failed_at" TIMESTAMPTZ(3),
    "last_error" VARCHAR(500) NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indexnow_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "indexnow_outbox_next_attempt_at_idx" ON "indexnow_outbox"("next_attempt_at");
