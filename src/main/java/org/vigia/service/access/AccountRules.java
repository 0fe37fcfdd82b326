package org.vigia.service.access;

import java.util.Set;
import org.vigia.model.Limits;
import org.vigia.model.Role;
import org.vigia.security.PasswordPolicy;
import org.vigia.service.Checks;

/** The rules of an account's fields, checked without a database. */
final class AccountRules {
    private AccountRules() {
    }

    static Checks fieldChecks(String name, String displayName, Set<Role> roles, char[] password) {
        Checks checks = new Checks().requiredLine("userName", name, 40);
        if (checks.ok("userName") && !AccountService.USER_NAME.matcher(name).matches()) {
            checks.add("userName", "validation.userName");
        }
        checks.requiredLine("displayName", displayName, Limits.PERSON_NAME);
        if (roles == null || roles.isEmpty()) {
            checks.add("roles", "validation.required");
        }
        for (String key : PasswordPolicy.check(password == null ? new char[0] : password, name == null ? "" : name)) {
            checks.add("password", key);
        }
        return checks;
    }

    static Checks passwordChecks(char[] password, String userName) {
        Checks checks = new Checks();
        for (String key : PasswordPolicy.check(password == null ? new char[0] : password, userName)) {
            checks.add("password", key);
        }
        return checks;
    }
}
