using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Sqlite
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
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    friendly_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "report_checks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    size_bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    text_encoding = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    reader_version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    rule_set_version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    agency_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    year = table.Column<int>(type: "INTEGER", nullable: true),
                    format = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    report_text = table.Column<string>(type: "TEXT", nullable: false),
                    report_json = table.Column<string>(type: "TEXT", nullable: false),
                    problems_json = table.Column<string>(type: "TEXT", nullable: false),
                    findings_json = table.Column<string>(type: "TEXT", nullable: false),
                    problem_count = table.Column<int>(type: "INTEGER", nullable: false),
                    error_count = table.Column<int>(type: "INTEGER", nullable: false),
                    warning_count = table.Column<int>(type: "INTEGER", nullable: false)
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
