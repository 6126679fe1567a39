package io.dudao.plan.importing;

/** The upload is neither readable text nor a readable .docx file. The message is for the user (Chinese). */
public final class NotADocumentException extends RuntimeException {

    public NotADocumentException(String message) {
        super(message);
    }

    public NotADocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
