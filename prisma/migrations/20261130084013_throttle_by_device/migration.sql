-- AlterTable
ALTER TABLE "failed_logins" ADD COLUMN     "device" VARCHAR(64);

-- CreateIndex
CREATE INDEX "failed_logins_created_at_idx" ON "failed_logins"("created_at");
