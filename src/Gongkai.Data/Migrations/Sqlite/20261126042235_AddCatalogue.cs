using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalogue_categories",
                columns: table => new
                {
                    agency_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    parent_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    article20_item = table.Column<int>(type: "INTEGER", nullable: true),
                    retired = table.Column<bool>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_catalogue_categories", x => new { x.agency_id, x.code });
                    table.ForeignKey(
                        name: "fk_catalogue_categories_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_channels",
                columns: table => new
                {
                    agency_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    account_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_catalogue_channels", x => new { x.agency_id, x.code });
                    table.ForeignKey(
                        name: "fk_catalogue_channels_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agency_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    category_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false),
                    index_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    validity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    validity_ended_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    supersedes_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    superseded_by_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    repealed_by_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    withdrawn_at = table.Column<long>(type: "INTEGER", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    formed_or_changed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    first_publish_at = table.Column<long>(type: "INTEGER", nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    event_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disclosure_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_disclosure_items_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_statistics",
                columns: table => new
                {
                    agency_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    licensing_decisions = table.Column<long>(type: "INTEGER", nullable: false),
                    penalty_decisions = table.Column<long>(type: "INTEGER", nullable: false),
                    enforcement_decisions = table.Column<long>(type: "INTEGER", nullable: false),
                    fee_income_fen = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enforcement_statistics", x => new { x.agency_id, x.year });
                    table.ForeignKey(
                        name: "fk_enforcement_statistics_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "index_number_sequences",
                columns: table => new
                {
                    agency_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last_serial = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_index_number_sequences", x => new { x.agency_id, x.year });
                    table.ForeignKey(
                        name: "fk_index_number_sequences_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "normative_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agency_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    document_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    issued_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    repealed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    superseded_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_normative_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_normative_documents_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "published_annual_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agency_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    published_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    file_sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_published_annual_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_published_annual_reports_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "published_files",
                columns: table => new
                {
                    sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    size = table.Column<long>(type: "INTEGER", nullable: false),
                    media_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    extracted_text = table.Column<string>(type: "TEXT", nullable: false),
                    stored_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_published_files", x => x.sha256);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_item_events",
                columns: table => new
                {
                    item_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    actor_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disclosure_item_events", x => new { x.item_id, x.sequence });
                    table.ForeignKey(
                        name: "fk_disclosure_item_events_disclosure_items_item_id",
                        column: x => x.item_id,
                        principalTable: "disclosure_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "published_versions",
                columns: table => new
                {
                    item_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false),
                    agency_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    category_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    issuing_agency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    generated_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    document_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    summary = table.Column<string>(type: "TEXT", nullable: true),
                    body_html = table.Column<string>(type: "TEXT", nullable: false),
                    body_text = table.Column<string>(type: "TEXT", nullable: false),
                    publish_at = table.Column<long>(type: "INTEGER", nullable: false),
                    formed_or_changed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    publish_year = table.Column<int>(type: "INTEGER", nullable: false),
                    visible_until = table.Column<long>(type: "INTEGER", nullable: true),
                    cancelled = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_published_versions", x => new { x.item_id, x.revision });
                    table.ForeignKey(
                        name: "fk_published_versions_disclosure_items_item_id",
                        column: x => x.item_id,
                        principalTable: "disclosure_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "published_version_attachments",
                columns: table => new
                {
                    item_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    media_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_published_version_attachments", x => new { x.item_id, x.revision, x.position });
                    table.ForeignKey(
                        name: "fk_published_version_attachments_published_files_sha256",
                        column: x => x.sha256,
                        principalTable: "published_files",
                        principalColumn: "sha256",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_published_version_attachments_published_versions_item_id_revision",
                        columns: x => new { x.item_id, x.revision },
                        principalTable: "published_versions",
                        principalColumns: new[] { "item_id", "revision" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "published_version_channels",
                columns: table => new
                {
                    item_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false),
                    channel_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_published_version_channels", x => new { x.item_id, x.revision, x.channel_code });
                    table.ForeignKey(
                        name: "fk_published_version_channels_published_versions_item_id_revision",
                        columns: x => new { x.item_id, x.revision },
                        principalTable: "published_versions",
                        principalColumns: new[] { "item_id", "revision" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_items_agency_id_index_number",
                table: "disclosure_items",
                columns: new[] { "agency_id", "index_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_items_agency_id_status",
                table: "disclosure_items",
                columns: new[] { "agency_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_normative_documents_agency_id_kind_document_number",
                table: "normative_documents",
                columns: new[] { "agency_id", "kind", "document_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_published_annual_reports_agency_id_year",
                table: "published_annual_reports",
                columns: new[] { "agency_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_published_version_attachments_sha256",
                table: "published_version_attachments",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "ix_published_versions_agency_id_category_code_publish_year_publish_at",
                table: "published_versions",
                columns: new[] { "agency_id", "category_code", "publish_year", "publish_at" });

            migrationBuilder.CreateIndex(
                name: "ix_published_versions_agency_id_publish_at",
                table: "published_versions",
                columns: new[] { "agency_id", "publish_at" });

            // Full-text index over pre-segmented Chinese text (not part of the EF model; see CatalogueSearchIndex).
            migrationBuilder.Sql(Gongkai.Data.Disclosure.CatalogueSearchIndex.SqliteSchema);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Gongkai.Data.Disclosure.CatalogueSearchIndex.SqliteDrop);

            migrationBuilder.DropTable(
                name: "catalogue_categories");

            migrationBuilder.DropTable(
                name: "catalogue_channels");

            migrationBuilder.DropTable(
                name: "disclosure_item_events");

            migrationBuilder.DropTable(
                name: "enforcement_statistics");

            migrationBuilder.DropTable(
                name: "index_number_sequences");

            migrationBuilder.DropTable(
                name: "normative_documents");

            migrationBuilder.DropTable(
                name: "published_annual_reports");

            migrationBuilder.DropTable(
                name: "published_version_attachments");

            migrationBuilder.DropTable(
                name: "published_version_channels");

            migrationBuilder.DropTable(
                name: "published_files");

            migrationBuilder.DropTable(
                name: "published_versions");

            migrationBuilder.DropTable(
                name: "disclosure_items");
        }
    }
}
