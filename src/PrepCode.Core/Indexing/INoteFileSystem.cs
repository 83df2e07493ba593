namespace PrepCode.Core.Indexing;

/// <summary>A note file; <see cref="Path"/> is workspace-relative with '/'. (Size and time are not read: nothing
/// uses them, and a stat per file was a third of the walk.)</summary>
public sealed record NoteFileInfo(string Path);

/// <summary>The files of a workspace. <see cref="DiskNoteFileSystem"/> reads a folder; tests use <see cref="InMemoryNoteFileSystem"/>.</summary>
public interface INoteFileSystem
{
    /// <summary>Every note to index: included, not excluded, not ignored by .gitignore.</summary>
    IReadOnlyList<NoteFileInfo> EnumerateNotes(CancellationToken cancellationToken = default);

    /// <summary>Null when the file does not exist or is not a note this workspace indexes.</summary>
    NoteFileInfo? GetInfo(string path);

    byte[] ReadAllBytes(string path);
}
