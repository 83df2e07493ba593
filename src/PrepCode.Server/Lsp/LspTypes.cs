using System.Text.Json;
using PrepCode.Server.Contract;

namespace PrepCode.Server.Lsp;

// The subset of LSP 3.17 that PrepCode speaks. Names match the specification; JSON is camelCase.

public sealed record InitializeParams(int? ProcessId, string? RootUri, string? RootPath, JsonElement? InitializationOptions,
    ClientCapabilities? Capabilities, IReadOnlyList<WorkspaceFolder>? WorkspaceFolders);

public sealed record WorkspaceFolder(string Uri, string Name);

public sealed record ClientCapabilities(WindowClientCapabilities? Window, WorkspaceClientCapabilities? Workspace);

public sealed record WindowClientCapabilities(bool? WorkDoneProgress);

public sealed record WorkspaceClientCapabilities(bool? ApplyEdit, CodeLensWorkspaceClientCapabilities? CodeLens = null);

/// <summary><see cref="RefreshSupport"/>: the client accepts <c>workspace/codeLens/refresh</c>.</summary>
public sealed record CodeLensWorkspaceClientCapabilities(bool? RefreshSupport);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string Version);

public sealed record ServerCapabilities(
    TextDocumentSyncOptions TextDocumentSync,
    CodeLensOptions CodeLensProvider,
    ExecuteCommandOptions ExecuteCommandProvider);

public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

public sealed record SaveOptions(bool IncludeText);

public sealed record CodeLensOptions(bool ResolveProvider);

public sealed record ExecuteCommandOptions(IReadOnlyList<string> Commands);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record TextDocumentContentChangeEvent(Contract.Range? Range, string Text);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);

public sealed record FileEvent(string Uri, int Type);

public sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);

public sealed record DidChangeConfigurationParams(JsonElement? Settings);

public sealed record CodeLensParams(TextDocumentIdentifier TextDocument);


public sealed record CodeLens(Contract.Range Range, LspCommand? Command);

/// <summary>LSP's Command: the JSON field is "command", which a C# record cannot share with its type name.</summary>
public sealed record LspCommand(string Title, [property: System.Text.Json.Serialization.JsonPropertyName("command")] string CommandId, IReadOnlyList<object>? Arguments);

public sealed record ExecuteCommandParams(string Command, IReadOnlyList<JsonElement>? Arguments);

public sealed record Diagnostic(Contract.Range Range, int Severity, string Code, string Source, string Message);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<Diagnostic> Diagnostics);

public sealed record ShowMessageParams(int Type, string Message);

public sealed record MessageActionItem(string Title);

public sealed record ShowMessageRequestParams(int Type, string Message, IReadOnlyList<MessageActionItem> Actions);

public sealed record WorkDoneProgressCreateParams(string Token);

public sealed record ProgressParams(string Token, WorkDoneProgressValue Value);

public sealed record WorkDoneProgressValue(string Kind, string? Title = null, string? Message = null, int? Percentage = null, bool? Cancellable = null);
