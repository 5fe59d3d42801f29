using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    xml = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "report_checks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    text_encoding = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reader_version = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    rule_set_version = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    agency_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    year = table.Column<int>(type: "integer", nullable: true),
                    format = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    report_text = table.Column<string>(type: "text", nullable: false),
                    report_json = table.Column<string>(type: "text", nullable: false),
                    problems_json = table.Column<string>(type: "text", nullable: false),
                    findings_json = table.Column<string>(type: "text", nullable: false),
                    problem_count = table.Column<int>(type: "integer", nullable: false),
                    error_count = table.Column<int>(type: "integer", nullable: false),
                    warning_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_checks", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_report_checks_created_at",
                table: "report_checks",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_report_checks_sha256",
                table: "report_checks",
                column: "sha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "report_checks");
        }
    }
}
