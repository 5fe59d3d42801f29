using System.Text;

namespace Gongkai.Core.Disclosure.Registers;

/// <summary>One data row of an import file, with its 1-based line number in the file (a spreadsheet's row number).</summary>
public sealed record RegisterSheetRow(int Line, IReadOnlyList<string?> Cells);

/// <summary>
/// An import file already split into cells — from CSV (<see cref="FromCsv"/>) or from an XLSX sheet read by the host. The first
/// non-blank row is the header.
/// </summary>
public sealed record RegisterSheet(int HeaderLine, IReadOnlyList<string> Header, IReadOnlyList<RegisterSheetRow> Rows)
{
    /// <summary>
    /// Splits CSV text (RFC 4180: comma-separated, fields in double quotes may hold commas, quotes doubled, and line breaks; a
    /// UTF-8 BOM is dropped). Blank lines are skipped but keep their numbers. Null when the text has no header or a quote is left open.
    /// </summary>
    public static RegisterSheet? FromCsv(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<(int Line, List<string> Cells)>();
        var cells = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, fieldStarted = false;
        int line = 1, recordLine = 1;
        string s = text.TrimStart('\uFEFF');

        void EndField()
        {
            cells.Add(field.ToString());
            field.Clear();
            fieldStarted = false;
        }
        void EndRecord()
        {
            EndField();
            if (cells.Count > 1 || cells[0].Trim().Length > 0) records.Add((recordLine, cells));
            cells = [];
        }

        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < s.Length && s[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when !fieldStarted && field.Length == 0: quoted = true; fieldStarted = true; break;
                case ',': EndField(); break;
                case '\r': break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default: field.Append(c); fieldStarted = true; break;
            }
        }
        if (quoted) return null;
        if (field.Length > 0 || cells.Count > 0) EndRecord();
        if (records.Count == 0) return null;

        var header = records[0];
        return new RegisterSheet(header.Line, header.Cells.Select(h => h.Trim()).ToList(),
            records.Skip(1).Select(r => new RegisterSheetRow(r.Line, r.Cells.Select(v => (string?)v).ToList())).ToList());
    }
}
