package ringfire.ops.admin;

import ringfire.ops.secrets.Secret;

/** Checks presented tokens in constant time and keeps the token out of every reply. */
final class AdminAuth
{
    private final Secret token;

    AdminAuth(final Secret token)
    {
        this.token = token;
    }

    boolean accepts(final String candidate)
    {
        return candidate != null && token.matches(candidate);
    }

    /** {@code text} with any occurrence of the token masked: a reply never carries it, whatever was typed. */
    String redact(final String text)
    {
        final String t = token.reveal();
        return text.contains(t) ? text.replace(t, Secret.MASK) : text;
    }
}
