using System.Text.Json.Serialization;
using PrepCode.Server.Contract;

namespace PrepCode.Server.Lsp;

// workspace/applyEdit (LSP 3.17), server to client. documentChanges mixes CreateFile and TextDocumentEdit.

public sealed record ApplyWorkspaceEditParams(string Label, WorkspaceEdit Edit);

public sealed record WorkspaceEdit(IReadOnlyList<object> DocumentChanges);

/// <summary>Version null: the document is not open, no version check (LSP's OptionalVersionedTextDocumentIdentifier);
/// it must be sent as null, not left out.</summary>
public sealed record OptionalVersionedTextDocumentIdentifier(
    string Uri,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Version);

public sealed record LspTextEdit(Contract.Range Range, string NewText);

public sealed record TextDocumentEdit(OptionalVersionedTextDocumentIdentifier TextDocument, IReadOnlyList<LspTextEdit> Edits);

public sealed record CreateFileOptions(bool? Overwrite = null, bool? IgnoreIfExists = null);

public sealed record CreateFile(string Uri, CreateFileOptions? Options = null)
{
    public string Kind => "create";
}

public sealed record ApplyWorkspaceEditResult(bool Applied, string? FailureReason = null);
