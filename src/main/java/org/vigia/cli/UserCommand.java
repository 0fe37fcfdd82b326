package org.vigia.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.vigia.app.AppServices;
import org.vigia.model.Account;
import org.vigia.model.Role;
import org.vigia.model.VigiaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigia user}: accounts (adding and listing need the administrator role). */
@Command(name = "user", description = "Accounts of the office.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Passwd.class})
final class UserCommand extends GroupCommand {
    @ParentCommand
    VigiaCommand root;

    /** {@code vigia user add NAME}: a new account; its password from $VIGIA_NEW_PASSWORD or typed twice. */
    @Command(name = "add", description = "Add an account (administrators). Its password comes from $VIGIA_NEW_PASSWORD or is typed twice.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UserCommand group;

        @Parameters(index = "0", paramLabel = "NAME", description = "User name of the new account.")
        String name;

        @Option(names = "--display-name", required = true, description = "Full name, shown as author of changes.")
        String displayName;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "A role (repeatable): ${COMPLETION-CANDIDATES}.")
        List<Role> roles;

        @Override
        public Integer call() {
            VigiaCommand root = group.root;
            try (AppServices services = root.signIn()) {
                services.audit().access().require(org.vigia.model.Permission.ACCOUNT_MANAGE); // before asking
                char[] password = root.passwords().fresh();
                Set<Role> set = EnumSet.copyOf(roles);
                Account a;
                try {
                    a = services.accounts().add(name, displayName, set, password);
                } finally {
                    java.util.Arrays.fill(password, '\0');
                }
                root.spec.commandLine().getOut().println(root.messages().get("cli.user.added", a.userName()));
                return Cli.OK;
            }
        }
    }

    /** {@code vigia user list}: tab-separated name, full name, roles. */
    @Command(name = "list", description = "List the accounts (administrators): user name, full name, roles, tab-separated.")
    static final class ListUsers implements Callable<Integer> {
        @ParentCommand
        UserCommand group;

        @Override
        public Integer call() {
            VigiaCommand root = group.root;
            try (AppServices services = root.signIn()) {
                PrintWriter out = root.spec.commandLine().getOut();
                out.println("user\tname\troles");
                for (Account a : services.accounts().list()) {
                    out.println(a.userName() + "\t" + a.displayName().replace('\t', ' ') + "\t"
                            + a.roles().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
                }
                return Cli.OK;
            }
        }
    }

    /** {@code vigia user passwd [NAME]}: one's own new password, or (administrators) another's. */
    @Command(name = "passwd", description = "Change your password (current one from --user's password), or as an administrator "
            + "set NAME's. The new password comes from $VIGIA_NEW_PASSWORD or is typed twice.")
    static final class Passwd implements Callable<Integer> {
        @ParentCommand
        UserCommand group;

        @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Another account (administrators only).")
        String name;

        @Override
        public Integer call() {
            VigiaCommand root = group.root;
            char[] current = null;
            try (AppServices services = root.signIn()) {
                var me = services.context().account().orElseThrow();
                if (name != null && !name.strip().equalsIgnoreCase(me.userName())) {
                    services.audit().access().require(org.vigia.model.Permission.ACCOUNT_MANAGE); // before asking
                }
                char[] fresh = root.passwords().fresh();
                if (name == null || name.strip().equalsIgnoreCase(me.userName())) {
                    current = root.passwords().current();
                    services.accounts().changeOwnPassword(current, fresh);
                } else {
                    Account other = services.accounts().list().stream()
                            .filter(a -> a.userName().equalsIgnoreCase(name.strip())).findFirst()
                            .orElseThrow(() -> new VigiaException("error.account.notFound"));
                    services.accounts().resetPassword(other.id(), fresh);
                }
                java.util.Arrays.fill(fresh, '\0');
                root.spec.commandLine().getOut().println(root.messages().get("cli.user.passwordSet"));
                return Cli.OK;
            } finally {
                if (current != null) {
                    java.util.Arrays.fill(current, '\0');
                }
            }
        }
    }
}
