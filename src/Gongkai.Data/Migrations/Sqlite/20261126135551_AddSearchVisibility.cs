using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSearchVisibility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The search index's visibility rows by index row id, kept by triggers (not part of the EF model; see CatalogueSearchIndex).
            migrationBuilder.Sql(Gongkai.Data.Disclosure.CatalogueSearchIndex.SqliteVisibilitySchema);
            migrationBuilder.Sql(Gongkai.Data.Disclosure.CatalogueSearchIndex.SqliteVisibilityFill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Gongkai.Data.Disclosure.CatalogueSearchIndex.SqliteVisibilityDrop);
        }
    }
}
