-- CreateTable
CREATE TABLE "legacy_ids" (
    "kind" VARCHAR(16) NOT NULL,
    "legacy_key" VARCHAR(300) NOT NULL,
    "target_id" INTEGER,
    "target_path" VARCHAR(300),
    "source_stamp" VARCHAR(100) NOT NULL DEFAULT '',
    "detail" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "legacy_ids_pkey" PRIMARY KEY ("kind","legacy_key")
);

-- CreateIndex
CREATE INDEX "legacy_ids_kind_target_id_idx" ON "legacy_ids"("kind", "target_id");
