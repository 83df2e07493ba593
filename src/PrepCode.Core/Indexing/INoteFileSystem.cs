namespace PrepCode.Core.Indexing;

/// <summary>Size and modification time of a note file; <see cref="Path"/> is workspace-relative with '/'.</summary>
public sealed record NoteFileInfo(string Path, long Size, long MtimeTicks);

/// <summary>The files of a workspace. <see cref="DiskNoteFileSystem"/> reads a folder; tests use <see cref="InMemoryNoteFileSystem"/>.</summary>
public interface INoteFileSystem
{
    /// <summary>Every note to index: included, not excluded, not ignored by .gitignore.</summary>
    IReadOnlyList<NoteFileInfo> EnumerateNotes(CancellationToken cancellationToken = default);

    /// <summary>Null when the file does not exist or is not a note this workspace indexes.</summary>
    NoteFileInfo? GetInfo(string path);

    byte[] ReadAllBytes(string path);
}
